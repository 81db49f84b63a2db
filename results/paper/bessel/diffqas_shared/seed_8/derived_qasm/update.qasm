// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.1538077208) q[0];
rx(pi*0.137453420988) q[1];
rx(pi*0.226284167203) q[2];
rx(pi*-0.154958730998) q[3];
rx(pi*0.289983194421) q[4];
rx(pi*0.250139589462) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.219497767134) q[0];
rx(pi*-0.374446945354) q[1];
rx(pi*-0.040625211017) q[2];
rx(pi*-0.064557283176) q[3];
rx(pi*0.06719069107) q[4];
rx(pi*-0.138420205805) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.222263121002) q[0];
rx(pi*-0.168032424547) q[1];
rx(pi*0.269317546395) q[2];
rx(pi*0.042138852084) q[3];
rx(pi*-0.234433284874) q[4];
rx(pi*-0.211315845582) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.322109748092) q[0];
rx(pi*-0.147236348368) q[1];
rx(pi*-0.079884071149) q[2];
rx(pi*0.066612325829) q[3];
rx(pi*-0.098251635624) q[4];
rx(pi*0.083917904982) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.401774987569) q[0];
rx(pi*0.050267147165) q[1];
rx(pi*0.109377558436) q[2];
rx(pi*0.003518239631) q[3];
rx(pi*-0.059514236719) q[4];
rx(pi*-0.001549661719) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
