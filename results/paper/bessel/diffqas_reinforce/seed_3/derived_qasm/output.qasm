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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.094254390735) q[0];
ry(pi*-0.300013915372) q[1];
ry(pi*0.48978394819) q[2];
ry(pi*0.004007541458) q[3];
ry(pi*-0.012476553589) q[4];
ry(pi*-0.002948545233) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.027804141974) q[0];
ry(pi*0.005286330444) q[1];
ry(pi*0.126484934036) q[2];
ry(pi*0.009742760887) q[3];
ry(pi*0.025834101974) q[4];
ry(pi*0.000598278436) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.372450291332) q[0];
ry(pi*-0.012563704906) q[1];
ry(pi*0.409187943657) q[2];
ry(pi*-0.000307290033) q[3];
ry(pi*0.006254439797) q[4];
ry(pi*0.000164267032) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.155958746583) q[0];
ry(pi*-0.070628761652) q[1];
ry(pi*0.022098439101) q[2];
ry(pi*0.007984013264) q[3];
ry(pi*-0.000370328543) q[4];
ry(pi*-0.004491810468) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.467315775297) q[0];
ry(pi*-0.364376097041) q[1];
ry(pi*0.056373891236) q[2];
ry(pi*-0.501099977934) q[3];
ry(pi*-0.437901489745) q[4];
ry(pi*-0.003540501779) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
