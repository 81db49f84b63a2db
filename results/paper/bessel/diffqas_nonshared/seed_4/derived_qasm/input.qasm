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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.008861137026) q[0];
rx(pi*-0.019463545404) q[1];
rx(pi*0.026090656212) q[2];
rx(pi*0.241449255189) q[3];
rx(pi*-0.001297553774) q[4];
rx(pi*-0.002596508271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.038221012888) q[0];
rx(pi*0.154434959839) q[1];
rx(pi*-0.045412789427) q[2];
rx(pi*0.227220510247) q[3];
rx(pi*0.000746694793) q[4];
rx(pi*0.005065897947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.028361563673) q[0];
rx(pi*-0.041699618746) q[1];
rx(pi*0.019804974228) q[2];
rx(pi*0.23377715034) q[3];
rx(pi*0.002265697515) q[4];
rx(pi*0.005912327954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.036380623159) q[0];
rx(pi*-0.048628309679) q[1];
rx(pi*-0.033271822241) q[2];
rx(pi*0.220401230407) q[3];
rx(pi*0.003827318439) q[4];
rx(pi*-6.1975638e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.009080397957) q[0];
rx(pi*-0.02278349996) q[1];
rx(pi*0.024383338964) q[2];
rx(pi*0.24202416739) q[3];
rx(pi*-0.000115838676) q[4];
rx(pi*0.002594747659) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
