// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.052522376022) q[0];
ry(pi*-0.029569641525) q[1];
ry(pi*-0.071949881506) q[2];
ry(pi*-0.012426339841) q[3];
ry(pi*0.126064109006) q[4];
ry(pi*0.017261937089) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005652284509) q[0];
ry(pi*0.146026854675) q[1];
ry(pi*-0.012502457319) q[2];
ry(pi*0.001772603807) q[3];
ry(pi*-0.025436243455) q[4];
ry(pi*-0.007628017519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.077797438871) q[0];
ry(pi*0.02000044689) q[1];
ry(pi*-0.132996940741) q[2];
ry(pi*0.15605918831) q[3];
ry(pi*0.034369888987) q[4];
ry(pi*0.017266724151) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.071923134675) q[0];
ry(pi*0.23920058616) q[1];
ry(pi*0.288709743596) q[2];
ry(pi*0.306114488557) q[3];
ry(pi*-0.012826822528) q[4];
ry(pi*-0.133867694996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.789682869739) q[0];
ry(pi*0.031854989619) q[1];
ry(pi*0.012537216578) q[2];
ry(pi*-0.075517474294) q[3];
ry(pi*-0.021534955609) q[4];
ry(pi*-0.003728367259) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
