// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.01514154755) q[0];
rx(pi*-0.000395111436) q[1];
rx(pi*0.002038527172) q[2];
rx(pi*0.000333904611) q[3];
rx(pi*-0.001705087061) q[4];
rx(pi*0.001150992633) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.019041072116) q[0];
rx(pi*0.003040056131) q[1];
rx(pi*-0.002240058367) q[2];
rx(pi*-0.004027960878) q[3];
rx(pi*-0.001983944356) q[4];
rx(pi*0.000131547287) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.007339979786) q[0];
rx(pi*-0.000671037034) q[1];
rx(pi*-0.003965858332) q[2];
rx(pi*-0.002330877945) q[3];
rx(pi*-0.00173242931) q[4];
rx(pi*-0.001006815389) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.016201115033) q[0];
rx(pi*0.003343822569) q[1];
rx(pi*-0.000409136076) q[2];
rx(pi*0.004349588379) q[3];
rx(pi*-0.002117380432) q[4];
rx(pi*0.001118892671) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.017617162659) q[0];
rx(pi*0.000324646799) q[1];
rx(pi*-0.002366631644) q[2];
rx(pi*-0.002933943035) q[3];
rx(pi*-0.001456986516) q[4];
rx(pi*0.000700902881) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
