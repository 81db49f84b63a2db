// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.000172546468) q[0];
ry(pi*-0.005118249094) q[1];
ry(pi*0.015836452894) q[2];
ry(pi*-0.016177316093) q[3];
ry(pi*-0.003708943316) q[4];
ry(pi*-0.015374263716) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002678447122) q[0];
ry(pi*-0.005943796627) q[1];
ry(pi*0.488212435499) q[2];
ry(pi*0.02210666853) q[3];
ry(pi*-0.005645130598) q[4];
ry(pi*-0.017814646432) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004296709553) q[0];
ry(pi*-0.01361314687) q[1];
ry(pi*0.008200434211) q[2];
ry(pi*0.002136315234) q[3];
ry(pi*0.110185351628) q[4];
ry(pi*0.00194471405) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.010322817074) q[0];
ry(pi*-0.523134092306) q[1];
ry(pi*-0.014399826952) q[2];
ry(pi*0.482644882688) q[3];
ry(pi*0.525898004244) q[4];
ry(pi*-0.24156726568) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.142349053939) q[0];
ry(pi*-0.104580972714) q[1];
ry(pi*0.001731452806) q[2];
ry(pi*0.144107315386) q[3];
ry(pi*0.041010224985) q[4];
ry(pi*0.000613640544) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
