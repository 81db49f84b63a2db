// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.140212181825) q[0];
ry(pi*-0.01880559423) q[1];
ry(pi*-0.011662308477) q[2];
ry(pi*-0.000438784737) q[3];
ry(pi*0.009927093582) q[4];
ry(pi*-0.009241170649) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.01574478132) q[0];
ry(pi*0.000503618914) q[1];
ry(pi*-0.008951015082) q[2];
ry(pi*-0.008548383731) q[3];
ry(pi*-0.000375158553) q[4];
ry(pi*-0.000245963998) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006913009957) q[0];
ry(pi*-0.01111921476) q[1];
ry(pi*-0.00828377497) q[2];
ry(pi*-0.010710854825) q[3];
ry(pi*0.001776027498) q[4];
ry(pi*0.011507908256) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000568786745) q[0];
ry(pi*-0.017414795774) q[1];
ry(pi*0.011497374824) q[2];
ry(pi*0.010225982542) q[3];
ry(pi*-0.009642178051) q[4];
ry(pi*0.005606866123) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005307726367) q[0];
ry(pi*0.001078672077) q[1];
ry(pi*0.004244256724) q[2];
ry(pi*-0.004148446423) q[3];
ry(pi*0.000323333603) q[4];
ry(pi*-0.00401244206) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
