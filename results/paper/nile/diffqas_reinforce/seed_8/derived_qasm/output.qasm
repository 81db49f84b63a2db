// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(0) q[0];
rx(pi*2.0568675e-05) q[1];
rx(pi*0.000459889547) q[2];
rx(pi*0.000547625239) q[3];
rx(pi*-0.003981437329) q[4];
rx(pi*0.000235226516) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000409656048) q[0];
rx(pi*-2.994e-09) q[1];
rx(pi*-0.000239333949) q[2];
rx(pi*-0.001997551077) q[3];
rx(pi*0.002995683024) q[4];
rx(pi*-0.004884474308) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-4.337913e-06) q[0];
rx(pi*4.0e-11) q[1];
rx(pi*5.5953134e-05) q[2];
rx(pi*-0.000224095424) q[3];
rx(pi*-0.003525286525) q[4];
rx(pi*0.006493798796) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*2.193822e-06) q[0];
rx(pi*5.0e-12) q[1];
rx(pi*0.036840883045) q[2];
rx(pi*0.000356454981) q[3];
rx(pi*0.001951092006) q[4];
rx(pi*-0.004272213957) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.33e-10) q[0];
rx(pi*1.3e-11) q[1];
rx(pi*-0.000507258532) q[2];
rx(pi*0.002754221608) q[3];
rx(pi*0.005414456374) q[4];
rx(pi*-0.000269638356) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
