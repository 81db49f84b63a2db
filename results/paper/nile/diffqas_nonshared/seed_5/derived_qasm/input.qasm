// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.065143550566) q[0];
rx(pi*0.090142199454) q[1];
rx(pi*-0.050032036876) q[2];
rx(pi*-0.016215715748) q[3];
rx(pi*-0.011699059875) q[4];
rx(pi*0.000186115799) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.226952387376) q[0];
rx(pi*0.112578270458) q[1];
rx(pi*-0.064875124132) q[2];
rx(pi*-0.021090526109) q[3];
rx(pi*-0.019613256984) q[4];
rx(pi*0.000361717176) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004421653397) q[0];
rx(pi*0.113479656215) q[1];
rx(pi*-0.058879280515) q[2];
rx(pi*-0.019382311213) q[3];
rx(pi*-0.013337657831) q[4];
rx(pi*0.001303590517) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.254618561901) q[0];
rx(pi*0.10829233624) q[1];
rx(pi*-0.058422615964) q[2];
rx(pi*-0.01702822604) q[3];
rx(pi*-0.014032349731) q[4];
rx(pi*-0.002820023543) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.072395228813) q[0];
rx(pi*0.075695514558) q[1];
rx(pi*-0.053999831317) q[2];
rx(pi*-0.02639415377) q[3];
rx(pi*-0.009383736618) q[4];
rx(pi*-0.001335064082) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
