// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*0.007285630571) q[0];
rx(pi*-0.134444096557) q[1];
rx(pi*0.002367782608) q[2];
rx(pi*-0.088269352097) q[3];
rx(pi*0.0847160031) q[4];
rx(pi*-0.006102747936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.297861514065) q[0];
rx(pi*-0.203327806538) q[1];
rx(pi*0.291154097545) q[2];
rx(pi*-0.025644606913) q[3];
rx(pi*0.09890917414) q[4];
rx(pi*0.007156890399) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.048337049542) q[0];
rx(pi*0.030333038487) q[1];
rx(pi*0.016624670953) q[2];
rx(pi*-0.080825356594) q[3];
rx(pi*0.087826082306) q[4];
rx(pi*0.000798486467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.198469682709) q[0];
rx(pi*-0.136329456441) q[1];
rx(pi*0.121374235503) q[2];
rx(pi*-0.014139539826) q[3];
rx(pi*0.102655077554) q[4];
rx(pi*0.005602902004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.023882180948) q[0];
rx(pi*-0.112507824646) q[1];
rx(pi*0.00722250824) q[2];
rx(pi*-0.091636198985) q[3];
rx(pi*0.088580533618) q[4];
rx(pi*-0.000659473292) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
