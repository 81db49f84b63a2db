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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000601773795) q[0];
rx(pi*-0.001663960517) q[1];
rx(pi*-0.001314823125) q[2];
rx(pi*-0.007771432519) q[3];
rx(pi*0.005728645668) q[4];
rx(pi*0.00364199175) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001035855625) q[0];
rx(pi*0.002463100951) q[1];
rx(pi*0.000895119784) q[2];
rx(pi*-0.001762876568) q[3];
rx(pi*0.003111689519) q[4];
rx(pi*-0.000988532404) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00104668017) q[0];
rx(pi*-0.002521487062) q[1];
rx(pi*0.001448172341) q[2];
rx(pi*-0.00031575803) q[3];
rx(pi*0.001735703443) q[4];
rx(pi*-0.001932732908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000403707276) q[0];
rx(pi*-0.002840197207) q[1];
rx(pi*0.002678462833) q[2];
rx(pi*0.000598530048) q[3];
rx(pi*0.001052236888) q[4];
rx(pi*0.001306673292) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003217339264) q[0];
rx(pi*0.002492943453) q[1];
rx(pi*0.00654668948) q[2];
rx(pi*-0.005215323157) q[3];
rx(pi*-0.005504886418) q[4];
rx(pi*-0.00479002708) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
