// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*1.6777813281) q[0];
rx(pi*1.483345422306) q[1];
rx(pi*1.94246815802) q[2];
rx(pi*0.014627389645) q[3];
rx(pi*0.870988910382) q[4];
rx(pi*0.567604808918) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.215410183507) q[0];
rx(pi*1.470269252813) q[1];
rx(pi*0.682429851131) q[2];
rx(pi*0.07793827832) q[3];
rx(pi*0.26725361501) q[4];
rx(pi*1.612000535114) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.211742039268) q[0];
rx(pi*0.430101261931) q[1];
rx(pi*1.392084380947) q[2];
rx(pi*0.260809578174) q[3];
rx(pi*1.346375540766) q[4];
rx(pi*1.310080522644) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.011051463078) q[0];
rx(pi*1.023030970363) q[1];
rx(pi*1.452630820518) q[2];
rx(pi*1.517067432276) q[3];
rx(pi*1.411416700156) q[4];
rx(pi*1.770091182951) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*1.512415618105) q[0];
rx(pi*1.843979865828) q[1];
rx(pi*0.82961397701) q[2];
rx(pi*0.068321974354) q[3];
rx(pi*0.362006818254) q[4];
rx(pi*0.575564559595) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
