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
rz(pi*-0.051753880134) q[0];
rz(pi*0.11511109433) q[1];
rz(pi*-0.019685019031) q[2];
rz(pi*0.082351647741) q[3];
rz(pi*0.03551775208) q[4];
rz(pi*-7.322838e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.02957691283) q[0];
rz(pi*-0.007650233421) q[1];
rz(pi*0.018344360804) q[2];
rz(pi*-0.154595222638) q[3];
rz(pi*-0.064548304324) q[4];
rz(pi*0.020851566724) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.034996874265) q[0];
rz(pi*0.045785210234) q[1];
rz(pi*0.010416895815) q[2];
rz(pi*0.074289534347) q[3];
rz(pi*-0.024130946873) q[4];
rz(pi*-0.048811387207) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.095500160321) q[0];
rz(pi*0.234034534636) q[1];
rz(pi*-0.033984137452) q[2];
rz(pi*0.126373165579) q[3];
rz(pi*0.138650582394) q[4];
rz(pi*-0.028344360134) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.067534771336) q[0];
rz(pi*0.05137647898) q[1];
rz(pi*0.003051501441) q[2];
rz(pi*0.08230406409) q[3];
rz(pi*0.007810793856) q[4];
rz(pi*0.00061352593) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
