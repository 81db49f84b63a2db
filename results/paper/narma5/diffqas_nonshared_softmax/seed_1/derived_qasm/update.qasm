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
rx(pi*0.096600627119) q[0];
rx(pi*-0.051846623668) q[1];
rx(pi*0.003821863181) q[2];
rx(pi*-0.001408971532) q[3];
rx(pi*-0.000228807835) q[4];
rx(pi*0.006157369291) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.146650005086) q[0];
rx(pi*-0.059204326371) q[1];
rx(pi*0.000543375195) q[2];
rx(pi*0.006984389584) q[3];
rx(pi*0.003199659924) q[4];
rx(pi*0.003323305025) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.036790728587) q[0];
rx(pi*-0.055564238715) q[1];
rx(pi*0.005008620407) q[2];
rx(pi*-0.002124734891) q[3];
rx(pi*0.005478788811) q[4];
rx(pi*0.001895892279) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.158829607901) q[0];
rx(pi*-0.048250818404) q[1];
rx(pi*-0.001403376053) q[2];
rx(pi*-0.001614766851) q[3];
rx(pi*0.001695284672) q[4];
rx(pi*0.001117936548) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.062074167904) q[0];
rx(pi*-0.04968256835) q[1];
rx(pi*0.00104755766) q[2];
rx(pi*-0.001307553153) q[3];
rx(pi*0.003328727969) q[4];
rx(pi*-0.000829438429) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
