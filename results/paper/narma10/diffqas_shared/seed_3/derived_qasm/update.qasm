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
rz(pi*-0.009290027846) q[0];
rz(pi*-0.054626415796) q[1];
rz(pi*0.014304811431) q[2];
rz(pi*-0.027207527322) q[3];
rz(pi*0.000944220218) q[4];
rz(pi*-0.002769014422) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.011653716194) q[0];
rz(pi*0.058877146081) q[1];
rz(pi*-0.007506077298) q[2];
rz(pi*0.018251739408) q[3];
rz(pi*-0.034847013274) q[4];
rz(pi*-0.000395119996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000956068476) q[0];
rz(pi*-0.000740298828) q[1];
rz(pi*0.052504968526) q[2];
rz(pi*-0.018786385509) q[3];
rz(pi*0.024188038242) q[4];
rz(pi*0.011932569339) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.057351447832) q[0];
rz(pi*0.071454446146) q[1];
rz(pi*-0.004700111375) q[2];
rz(pi*-0.0076314338) q[3];
rz(pi*0.004206082666) q[4];
rz(pi*-0.00079149449) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.008268486492) q[0];
rz(pi*-0.026390885714) q[1];
rz(pi*0.054430085803) q[2];
rz(pi*-0.004408187489) q[3];
rz(pi*-0.015609969275) q[4];
rz(pi*-0.00464853989) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
