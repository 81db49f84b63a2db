// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.030359911972) q[0];
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
rx(pi*-0.370867205264) q[0];
rx(pi*0.171803068424) q[1];
rx(pi*-0.623124001587) q[2];
rx(pi*-0.243085085496) q[3];
rx(pi*-0.116364984252) q[4];
rx(pi*-0.428224515675) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.273144027068) q[0];
rx(pi*0.206284064193) q[1];
rx(pi*0.095246608521) q[2];
rx(pi*-0.304743878291) q[3];
rx(pi*0.168563376892) q[4];
rx(pi*0.483601336844) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.325156505753) q[0];
rx(pi*0.019854867812) q[1];
rx(pi*0.629925314235) q[2];
rx(pi*0.190619215059) q[3];
rx(pi*0.258932224789) q[4];
rx(pi*-0.063710572135) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.171614631094) q[0];
rx(pi*0.362069428322) q[1];
rx(pi*0.210286346347) q[2];
rx(pi*-0.020225527711) q[3];
rx(pi*-0.148098024163) q[4];
rx(pi*-0.556318224879) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.131693389651) q[0];
rx(pi*-0.22190929823) q[1];
rx(pi*-0.041245031711) q[2];
rx(pi*0.209774765178) q[3];
rx(pi*0.261038636157) q[4];
rx(pi*0.228865124935) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
