// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.156780854714) q[0];
ry(pi*-0.094984898439) q[1];
ry(pi*-0.061972639987) q[2];
ry(pi*0.101201015657) q[3];
ry(pi*-0.140043125157) q[4];
ry(pi*-0.0069915097) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.2034441664) q[0];
ry(pi*-0.180475720096) q[1];
ry(pi*-0.184327776033) q[2];
ry(pi*0.101611576431) q[3];
ry(pi*0.025400221322) q[4];
ry(pi*-0.002819334892) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.072030482482) q[0];
ry(pi*-0.049987621674) q[1];
ry(pi*0.030268426795) q[2];
ry(pi*0.092324957158) q[3];
ry(pi*-0.153385785864) q[4];
ry(pi*0.005405897293) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.056521679454) q[0];
ry(pi*-0.308680438846) q[1];
ry(pi*-0.144895320002) q[2];
ry(pi*0.030588769782) q[3];
ry(pi*0.206012146773) q[4];
ry(pi*0.005520434585) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.018480381176) q[0];
ry(pi*0.003211195651) q[1];
ry(pi*-0.097060118609) q[2];
ry(pi*0.064678575952) q[3];
ry(pi*-0.042048508603) q[4];
ry(pi*-0.000312232693) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
