// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*-0.116768268977) q[0];
rx(pi*0.118438857357) q[1];
rx(pi*-0.014537349728) q[2];
rx(pi*0.099362584865) q[3];
rx(pi*-0.010189928392) q[4];
rx(pi*-0.000747736738) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.042080316415) q[0];
rx(pi*0.220739286825) q[1];
rx(pi*-0.214465037108) q[2];
rx(pi*0.092125373339) q[3];
rx(pi*-0.007943632735) q[4];
rx(pi*-0.00185337109) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.092029323803) q[0];
rx(pi*-0.127114544668) q[1];
rx(pi*-0.021211539037) q[2];
rx(pi*0.086949531876) q[3];
rx(pi*-0.012903828168) q[4];
rx(pi*0.001460252497) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.230612287325) q[0];
rx(pi*0.197393586405) q[1];
rx(pi*-0.206824502911) q[2];
rx(pi*0.084186094257) q[3];
rx(pi*-0.012360752238) q[4];
rx(pi*-0.000687844517) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00634983833) q[0];
rx(pi*0.090226798936) q[1];
rx(pi*-0.010631313952) q[2];
rx(pi*0.097516261409) q[3];
rx(pi*-0.005230726064) q[4];
rx(pi*-0.001111303202) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
