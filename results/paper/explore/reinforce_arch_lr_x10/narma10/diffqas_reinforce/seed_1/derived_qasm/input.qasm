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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005335931728) q[0];
rz(pi*-0.003735618702) q[1];
rz(pi*0.001114798041) q[2];
rz(pi*-0.004236665253) q[3];
rz(pi*-0.005270189379) q[4];
rz(pi*0.002366775125) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001756265158) q[0];
rz(pi*-0.003305856322) q[1];
rz(pi*0.005232018582) q[2];
rz(pi*-0.003111709381) q[3];
rz(pi*-0.00371698865) q[4];
rz(pi*0.002077351047) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000703267878) q[0];
rz(pi*-0.000510907043) q[1];
rz(pi*-0.000213476855) q[2];
rz(pi*0.000712385544) q[3];
rz(pi*-0.000444297839) q[4];
rz(pi*-0.000549101445) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.006035018191) q[0];
rz(pi*-0.004271600603) q[1];
rz(pi*0.001944706787) q[2];
rz(pi*-0.002241854552) q[3];
rz(pi*0.001735402547) q[4];
rz(pi*0.00393260533) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001129845579) q[0];
rz(pi*0.000900721488) q[1];
rz(pi*0.006609633943) q[2];
rz(pi*0.002212048514) q[3];
rz(pi*0.005862868965) q[4];
rz(pi*0.004880986879) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
