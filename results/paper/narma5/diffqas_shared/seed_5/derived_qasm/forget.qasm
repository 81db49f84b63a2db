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
rz(pi*-0.05959874608) q[0];
rz(pi*-0.008729923282) q[1];
rz(pi*-0.041163059955) q[2];
rz(pi*0.057548688517) q[3];
rz(pi*0.089594854656) q[4];
rz(pi*0.018124924376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.03041891863) q[0];
rz(pi*0.088276514309) q[1];
rz(pi*0.108414093849) q[2];
rz(pi*-0.054949640269) q[3];
rz(pi*0.094555431322) q[4];
rz(pi*-0.072928367766) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.018207677573) q[0];
rz(pi*-0.020550566453) q[1];
rz(pi*0.105594534841) q[2];
rz(pi*-0.010012802377) q[3];
rz(pi*0.022362157922) q[4];
rz(pi*0.005267777468) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.013208585042) q[0];
rz(pi*0.092888571087) q[1];
rz(pi*0.088404504465) q[2];
rz(pi*0.026358764853) q[3];
rz(pi*0.02728502151) q[4];
rz(pi*0.003673576632) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.009050426944) q[0];
rz(pi*-0.013505521588) q[1];
rz(pi*-0.015619589644) q[2];
rz(pi*-0.013995484496) q[3];
rz(pi*0.066072370916) q[4];
rz(pi*-0.000551166028) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
