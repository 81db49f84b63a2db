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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.140136025216) q[0];
ry(pi*0.065381056165) q[1];
ry(pi*0.11003667169) q[2];
ry(pi*0.116231302272) q[3];
ry(pi*0.103501603611) q[4];
ry(pi*0.416822539384) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.094735340402) q[0];
ry(pi*-0.117577380775) q[1];
ry(pi*0.190845540966) q[2];
ry(pi*-0.113077813418) q[3];
ry(pi*-0.024485455035) q[4];
ry(pi*0.099805987465) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.140220083975) q[0];
ry(pi*-0.357365439095) q[1];
ry(pi*-0.491072235704) q[2];
ry(pi*0.234701844118) q[3];
ry(pi*-0.108747037111) q[4];
ry(pi*-0.333106162928) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002524769051) q[0];
ry(pi*0.125606344036) q[1];
ry(pi*0.007253773549) q[2];
ry(pi*0.149798589485) q[3];
ry(pi*0.011327523672) q[4];
ry(pi*0.083352185077) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.027833587679) q[0];
ry(pi*-0.023205698143) q[1];
ry(pi*0.132148100009) q[2];
ry(pi*0.339750912462) q[3];
ry(pi*0.147529837802) q[4];
ry(pi*0.009275925165) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
