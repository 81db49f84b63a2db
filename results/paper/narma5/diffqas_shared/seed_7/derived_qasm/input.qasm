// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.004178602716) q[0];
rz(pi*-0.006825137083) q[1];
rz(pi*0.000112552389) q[2];
rz(pi*-0.002334345956) q[3];
rz(pi*0.002802735813) q[4];
rz(pi*0.002944421921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004130140686) q[0];
rz(pi*-0.002044193057) q[1];
rz(pi*0.00097726148) q[2];
rz(pi*-0.000866996391) q[3];
rz(pi*-0.001097556186) q[4];
rz(pi*0.001200027626) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001035690725) q[0];
rz(pi*0.003170456122) q[1];
rz(pi*0.003157651296) q[2];
rz(pi*0.001252399228) q[3];
rz(pi*0.002208026291) q[4];
rz(pi*0.007424088941) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001123932456) q[0];
rz(pi*-0.00066238094) q[1];
rz(pi*-0.002114451366) q[2];
rz(pi*-0.001348218867) q[3];
rz(pi*0.001134984674) q[4];
rz(pi*0.000844292757) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002802657847) q[0];
rz(pi*0.002052101877) q[1];
rz(pi*4.1678504e-05) q[2];
rz(pi*0.00439309289) q[3];
rz(pi*0.003600385996) q[4];
rz(pi*0.000353777563) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
