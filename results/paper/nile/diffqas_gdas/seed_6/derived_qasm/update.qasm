// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*0.005127172807) q[0];
rx(pi*-0.001326493588) q[1];
rx(pi*0.006028102032) q[2];
rx(pi*-0.000232564217) q[3];
rx(pi*8.8572105e-05) q[4];
rx(pi*0.000719414354) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003459986478) q[0];
rx(pi*0.000902020825) q[1];
rx(pi*0.005547146435) q[2];
rx(pi*0.002506216372) q[3];
rx(pi*0.003313348482) q[4];
rx(pi*0.002083584484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001129048279) q[0];
rx(pi*0.001590340031) q[1];
rx(pi*-0.002408831333) q[2];
rx(pi*0.001454021728) q[3];
rx(pi*0.005370111726) q[4];
rx(pi*0.001139785298) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001310053109) q[0];
rx(pi*-0.000742395465) q[1];
rx(pi*-0.000658124449) q[2];
rx(pi*0.00101452077) q[3];
rx(pi*-0.006171206353) q[4];
rx(pi*-0.006020715704) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004224749182) q[0];
rx(pi*0.000827989682) q[1];
rx(pi*0.005271841194) q[2];
rx(pi*-0.006045092127) q[3];
rx(pi*0.008012433847) q[4];
rx(pi*-9.2388647e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
