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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.290649782938) q[0];
ry(pi*-0.014667503963) q[1];
ry(pi*0.075328557902) q[2];
ry(pi*-0.040756198867) q[3];
ry(pi*0.102244791885) q[4];
ry(pi*-0.044487896436) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011897953561) q[0];
ry(pi*-0.470172236299) q[1];
ry(pi*-0.041664561851) q[2];
ry(pi*0.195993378653) q[3];
ry(pi*0.033319932386) q[4];
ry(pi*-0.139561160447) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005601547825) q[0];
ry(pi*-0.291854191935) q[1];
ry(pi*-0.038018953125) q[2];
ry(pi*0.267820862221) q[3];
ry(pi*-0.104455837956) q[4];
ry(pi*-0.194469829068) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.227312186564) q[0];
ry(pi*0.049091553029) q[1];
ry(pi*-0.308825827012) q[2];
ry(pi*-0.043534373568) q[3];
ry(pi*-0.24030758907) q[4];
ry(pi*-0.058609222424) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.168445650992) q[0];
ry(pi*0.16284108235) q[1];
ry(pi*-0.018217161575) q[2];
ry(pi*-0.113250560286) q[3];
ry(pi*0.097868945816) q[4];
ry(pi*-0.003756760272) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
