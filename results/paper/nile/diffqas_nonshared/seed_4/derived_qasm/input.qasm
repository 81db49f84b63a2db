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
ry(pi*0.007422970142) q[0];
ry(pi*0.004720434152) q[1];
ry(pi*-0.060534828249) q[2];
ry(pi*-0.006805372816) q[3];
ry(pi*0.022301179511) q[4];
ry(pi*0.001640692814) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.00693879985) q[0];
ry(pi*0.498154345018) q[1];
ry(pi*-0.013160093071) q[2];
ry(pi*-0.475993568583) q[3];
ry(pi*0.006391860594) q[4];
ry(pi*-0.000193110907) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.032627858725) q[0];
ry(pi*0.014888261369) q[1];
ry(pi*0.009412840813) q[2];
ry(pi*0.067805427068) q[3];
ry(pi*-0.138674231924) q[4];
ry(pi*0.006541943329) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.018274698804) q[0];
ry(pi*-0.010200870924) q[1];
ry(pi*-0.490057307539) q[2];
ry(pi*-0.005084983938) q[3];
ry(pi*-0.295739317371) q[4];
ry(pi*0.026352622425) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.026747442933) q[0];
ry(pi*-0.025093000362) q[1];
ry(pi*-0.072804039351) q[2];
ry(pi*-0.021562864521) q[3];
ry(pi*-0.04440891763) q[4];
ry(pi*0.000538908114) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
