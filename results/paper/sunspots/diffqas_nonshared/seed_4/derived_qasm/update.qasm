// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.127216627537) q[0];
ry(pi*-0.289028049384) q[1];
ry(pi*0.096265530449) q[2];
ry(pi*-0.117830932575) q[3];
ry(pi*-0.136003400286) q[4];
ry(pi*0.074852531662) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.141774141738) q[0];
ry(pi*0.097808650424) q[1];
ry(pi*0.004720331581) q[2];
ry(pi*0.020863970157) q[3];
ry(pi*0.147569566735) q[4];
ry(pi*-0.110390608299) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001752302374) q[0];
ry(pi*-0.072202034066) q[1];
ry(pi*-0.206980345061) q[2];
ry(pi*-0.170463763192) q[3];
ry(pi*-0.223343846656) q[4];
ry(pi*0.069507121268) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.40461873683) q[0];
ry(pi*-0.270792506774) q[1];
ry(pi*-0.259247058565) q[2];
ry(pi*-0.130538841036) q[3];
ry(pi*-0.150940777355) q[4];
ry(pi*0.303163865808) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.075545525502) q[0];
ry(pi*0.293429631985) q[1];
ry(pi*0.214350024311) q[2];
ry(pi*0.281914976546) q[3];
ry(pi*0.13424973973) q[4];
ry(pi*0.003003899706) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
