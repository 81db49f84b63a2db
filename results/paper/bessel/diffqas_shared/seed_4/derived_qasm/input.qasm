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
ry(pi*-0.149900653381) q[0];
ry(pi*-0.169493383038) q[1];
ry(pi*-0.008348071833) q[2];
ry(pi*-0.159312853271) q[3];
ry(pi*-0.090490273483) q[4];
ry(pi*-0.075543016356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.042801665025) q[0];
ry(pi*-0.132836146704) q[1];
ry(pi*-0.274667292063) q[2];
ry(pi*-0.229917619141) q[3];
ry(pi*-0.191511332629) q[4];
ry(pi*-0.114887661767) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.055093491642) q[0];
ry(pi*-0.265886875184) q[1];
ry(pi*-0.421350233839) q[2];
ry(pi*-0.34168173105) q[3];
ry(pi*-0.061447924934) q[4];
ry(pi*-0.25545681584) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.2323374603) q[0];
ry(pi*-0.386657616042) q[1];
ry(pi*-0.39497208121) q[2];
ry(pi*-0.340561655917) q[3];
ry(pi*-0.271113297992) q[4];
ry(pi*0.285162522796) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011539181273) q[0];
ry(pi*-0.125010476435) q[1];
ry(pi*-0.171987445586) q[2];
ry(pi*-0.00974503821) q[3];
ry(pi*-0.309144227664) q[4];
ry(pi*0.000539306616) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
