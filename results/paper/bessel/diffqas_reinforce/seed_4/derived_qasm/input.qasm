// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
rz(pi*0.002968397842) q[0];
rz(pi*0.001734548773) q[1];
rz(pi*0.005278782848) q[2];
rz(pi*0.005587659773) q[3];
rz(pi*-0.003990103428) q[4];
rz(pi*0.00264221866) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000121490137) q[0];
rz(pi*-0.000898768629) q[1];
rz(pi*-0.00307973704) q[2];
rz(pi*-0.00392824901) q[3];
rz(pi*-0.000543436338) q[4];
rz(pi*-0.002318772739) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002670910494) q[0];
rz(pi*0.000804909112) q[1];
rz(pi*0.002545474248) q[2];
rz(pi*0.003782867662) q[3];
rz(pi*0.001826353156) q[4];
rz(pi*0.001750171645) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000383736681) q[0];
rz(pi*0.008557437289) q[1];
rz(pi*0.001128218221) q[2];
rz(pi*0.006234462679) q[3];
rz(pi*0.002644782056) q[4];
rz(pi*-0.003213514773) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.008105323234) q[0];
rz(pi*-0.005615091402) q[1];
rz(pi*0.000964122185) q[2];
rz(pi*0.00275245981) q[3];
rz(pi*6.1743912e-05) q[4];
rz(pi*-0.002949783205) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
