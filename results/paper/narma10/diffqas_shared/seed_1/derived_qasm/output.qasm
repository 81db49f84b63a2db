// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.098830589019) q[0];
rx(pi*-0.000294364774) q[1];
rx(pi*0.002942517532) q[2];
rx(pi*0.003126264443) q[3];
rx(pi*-0.000913792822) q[4];
rx(pi*-0.00269332472) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098598049537) q[0];
rx(pi*-0.007402260795) q[1];
rx(pi*0.001036299854) q[2];
rx(pi*0.001198966041) q[3];
rx(pi*0.000571107312) q[4];
rx(pi*-0.003343871187) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100674502936) q[0];
rx(pi*-0.007560182239) q[1];
rx(pi*0.000837595006) q[2];
rx(pi*0.003215186154) q[3];
rx(pi*0.001240483156) q[4];
rx(pi*-0.000837707583) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097937446922) q[0];
rx(pi*0.000938467992) q[1];
rx(pi*-0.002368453176) q[2];
rx(pi*-0.004824751062) q[3];
rx(pi*-0.002605458368) q[4];
rx(pi*-0.000464252983) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099374376428) q[0];
rx(pi*-0.000882014359) q[1];
rx(pi*-0.00355126911) q[2];
rx(pi*0.000485366353) q[3];
rx(pi*0.001501301815) q[4];
rx(pi*-0.002293706627) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
