// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.063383369021) q[0];
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
rz(pi*0.004547280853) q[0];
rz(pi*-0.002125286287) q[1];
rz(pi*0.000488463432) q[2];
rz(pi*-0.002662096763) q[3];
rz(pi*-0.000707382074) q[4];
rz(pi*0.000150776463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001383775278) q[0];
rz(pi*-0.002237316953) q[1];
rz(pi*-0.002157666986) q[2];
rz(pi*-0.002613891755) q[3];
rz(pi*-0.00499771582) q[4];
rz(pi*-0.000837159448) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001276869329) q[0];
rz(pi*0.002891437262) q[1];
rz(pi*0.002059630649) q[2];
rz(pi*0.00782194331) q[3];
rz(pi*0.001014294876) q[4];
rz(pi*-0.001452555194) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005957620646) q[0];
rz(pi*-0.003333359099) q[1];
rz(pi*0.003082672183) q[2];
rz(pi*-0.003040309595) q[3];
rz(pi*0.001127330208) q[4];
rz(pi*-0.006265591029) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002862487517) q[0];
rz(pi*-0.000503691619) q[1];
rz(pi*-0.003080208987) q[2];
rz(pi*0.005342589384) q[3];
rz(pi*0.002436197743) q[4];
rz(pi*0.000145747814) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
