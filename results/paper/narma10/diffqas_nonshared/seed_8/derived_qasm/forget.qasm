// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.119730958393) q[0];
ry(pi*0.052603830771) q[1];
ry(pi*0.088862070221) q[2];
ry(pi*0.109507920185) q[3];
ry(pi*0.147164754704) q[4];
ry(pi*0.004348281928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.124716209118) q[0];
ry(pi*-0.048472823268) q[1];
ry(pi*0.011553465381) q[2];
ry(pi*-0.034402325271) q[3];
ry(pi*0.024968192884) q[4];
ry(pi*-0.002035068945) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.099428885132) q[0];
ry(pi*0.049139672661) q[1];
ry(pi*-0.032067353955) q[2];
ry(pi*0.021606459152) q[3];
ry(pi*-0.023266401449) q[4];
ry(pi*0.002374212887) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.077800336958) q[0];
ry(pi*-0.05173144486) q[1];
ry(pi*-0.016685845021) q[2];
ry(pi*0.006554588665) q[3];
ry(pi*0.056179458518) q[4];
ry(pi*-0.002825343621) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.087860214279) q[0];
ry(pi*0.063239497783) q[1];
ry(pi*0.099040285313) q[2];
ry(pi*0.111471618544) q[3];
ry(pi*-0.132940658085) q[4];
ry(pi*-0.000363326488) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
