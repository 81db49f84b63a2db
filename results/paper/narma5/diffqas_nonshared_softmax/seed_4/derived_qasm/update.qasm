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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001794226662) q[0];
ry(pi*-0.002787394271) q[1];
ry(pi*-3.0402327e-05) q[2];
ry(pi*-0.001890930757) q[3];
ry(pi*0.000277788466) q[4];
ry(pi*0.049951549737) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001983384956) q[0];
ry(pi*0.321247778219) q[1];
ry(pi*-0.002633029328) q[2];
ry(pi*0.50072777057) q[3];
ry(pi*-0.000140295317) q[4];
ry(pi*-0.000599692128) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001374595433) q[0];
ry(pi*0.011081699709) q[1];
ry(pi*0.016661904971) q[2];
ry(pi*-0.042138396738) q[3];
ry(pi*-0.001278971302) q[4];
ry(pi*-0.035047695141) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000844768335) q[0];
ry(pi*-0.014762309597) q[1];
ry(pi*-0.042164351457) q[2];
ry(pi*0.019973783065) q[3];
ry(pi*-0.326132463895) q[4];
ry(pi*0.002885160247) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.047986134344) q[0];
ry(pi*-0.013043931237) q[1];
ry(pi*-0.003234582231) q[2];
ry(pi*0.016244470133) q[3];
ry(pi*0.020741505814) q[4];
ry(pi*-0.00470776095) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
