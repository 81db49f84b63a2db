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
rx(pi*0.002598892908) q[0];
rx(pi*0.005898237131) q[1];
rx(pi*2.7230905e-05) q[2];
rx(pi*0.00047601075) q[3];
rx(pi*-0.00228125754) q[4];
rx(pi*0.0008727876) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000513244508) q[0];
rx(pi*0.012469341573) q[1];
rx(pi*0.001423979123) q[2];
rx(pi*-0.001394021896) q[3];
rx(pi*-0.0002777173) q[4];
rx(pi*7.7961327e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005405072571) q[0];
rx(pi*0.001566760908) q[1];
rx(pi*0.004729667359) q[2];
rx(pi*-0.004857444961) q[3];
rx(pi*-0.001942723542) q[4];
rx(pi*0.003178096507) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004939215724) q[0];
rx(pi*0.001215167878) q[1];
rx(pi*0.004542106332) q[2];
rx(pi*-0.001538227822) q[3];
rx(pi*0.005193470702) q[4];
rx(pi*0.001532569496) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001629297011) q[0];
rx(pi*0.006833129353) q[1];
rx(pi*0.001696871713) q[2];
rx(pi*-0.002694289662) q[3];
rx(pi*0.006778640807) q[4];
rx(pi*-0.001143892453) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
