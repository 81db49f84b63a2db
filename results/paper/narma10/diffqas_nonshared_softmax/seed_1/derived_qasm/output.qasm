// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.097061731293) q[0];
rx(pi*4.1393778e-05) q[1];
rx(pi*0.003392386874) q[2];
rx(pi*-0.004972353703) q[3];
rx(pi*-0.001174008651) q[4];
rx(pi*-0.001069792979) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.10675124635) q[0];
rx(pi*-0.000985046755) q[1];
rx(pi*-0.001774352857) q[2];
rx(pi*0.00225568109) q[3];
rx(pi*-0.003545928282) q[4];
rx(pi*0.001634059912) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.085271468234) q[0];
rx(pi*0.006174037442) q[1];
rx(pi*-0.000182738391) q[2];
rx(pi*-0.001522058742) q[3];
rx(pi*-0.004204837876) q[4];
rx(pi*-0.00057522325) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.102068335845) q[0];
rx(pi*-0.002615306707) q[1];
rx(pi*0.003723860045) q[2];
rx(pi*-0.001169367814) q[3];
rx(pi*0.000282578325) q[4];
rx(pi*0.000815682743) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.098478369445) q[0];
rx(pi*-0.001503032337) q[1];
rx(pi*0.000137908151) q[2];
rx(pi*0.00078480593) q[3];
rx(pi*0.00194487354) q[4];
rx(pi*-0.005922520469) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
