// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.000172218521) q[0];
rz(pi*0.000868325373) q[1];
rz(pi*-0.003126337666) q[2];
rz(pi*-0.003524781672) q[3];
rz(pi*0.000635330916) q[4];
rz(pi*-0.001485691098) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000749646093) q[0];
rz(pi*0.002417637949) q[1];
rz(pi*-0.005248152532) q[2];
rz(pi*0.000809737306) q[3];
rz(pi*0.003898133034) q[4];
rz(pi*-0.00094709118) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002580905854) q[0];
rz(pi*0.002394455919) q[1];
rz(pi*0.000806712116) q[2];
rz(pi*0.002851648446) q[3];
rz(pi*-0.001098863008) q[4];
rz(pi*-0.004716753736) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000350176484) q[0];
rz(pi*-0.001419114392) q[1];
rz(pi*0.002467942262) q[2];
rz(pi*0.000616370211) q[3];
rz(pi*-0.005191140019) q[4];
rz(pi*-0.003804311907) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002813173492) q[0];
rz(pi*0.00216375457) q[1];
rz(pi*-0.002037959621) q[2];
rz(pi*-3.315022e-06) q[3];
rz(pi*0.001418306716) q[4];
rz(pi*0.001490979455) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
