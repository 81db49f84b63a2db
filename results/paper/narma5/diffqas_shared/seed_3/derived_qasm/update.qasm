// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.020037820832) q[0];
rz(pi*-0.021574350148) q[1];
rz(pi*0.020708241844) q[2];
rz(pi*-0.013742716508) q[3];
rz(pi*0.000168963843) q[4];
rz(pi*-0.006159563608) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.018691661694) q[0];
rz(pi*0.03000337751) q[1];
rz(pi*0.004669093601) q[2];
rz(pi*0.013229565344) q[3];
rz(pi*-0.019895990056) q[4];
rz(pi*-0.00273429874) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005010469064) q[0];
rz(pi*-0.001074907617) q[1];
rz(pi*0.027720979678) q[2];
rz(pi*-0.002781656497) q[3];
rz(pi*-0.00785038583) q[4];
rz(pi*-0.005800137946) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.02412493014) q[0];
rz(pi*0.018351302459) q[1];
rz(pi*0.009047876888) q[2];
rz(pi*-0.006262156962) q[3];
rz(pi*-0.002924815069) q[4];
rz(pi*0.000557589823) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.011920739831) q[0];
rz(pi*-0.019293695438) q[1];
rz(pi*0.029280771955) q[2];
rz(pi*-0.009701010763) q[3];
rz(pi*-0.009214051478) q[4];
rz(pi*-0.004648533961) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
