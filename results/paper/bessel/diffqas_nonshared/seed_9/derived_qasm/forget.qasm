// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.228615538439) q[0];
ry(pi*0.018518426278) q[1];
ry(pi*0.002969211002) q[2];
ry(pi*0.000525082873) q[3];
ry(pi*0.012217194942) q[4];
ry(pi*-0.368572641158) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.257194795419) q[0];
ry(pi*0.091169127882) q[1];
ry(pi*0.46412266186) q[2];
ry(pi*-0.019732283703) q[3];
ry(pi*-0.100968115693) q[4];
ry(pi*-0.115311569868) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.075384190742) q[0];
ry(pi*-0.088824779286) q[1];
ry(pi*0.085519498965) q[2];
ry(pi*-0.002847170285) q[3];
ry(pi*-0.267576720903) q[4];
ry(pi*-0.010490295447) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026023556718) q[0];
ry(pi*-0.531379838181) q[1];
ry(pi*0.006112086085) q[2];
ry(pi*0.123550457095) q[3];
ry(pi*0.033065123642) q[4];
ry(pi*0.001202007165) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000272784589) q[0];
ry(pi*-0.001346840674) q[1];
ry(pi*-0.047465479459) q[2];
ry(pi*-0.070069724898) q[3];
ry(pi*0.067730845197) q[4];
ry(pi*0.003219251361) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
