// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.145695049777) q[0];
ry(pi*0.064791781595) q[1];
ry(pi*-0.165153936185) q[2];
ry(pi*0.106346415346) q[3];
ry(pi*0.073299090513) q[4];
ry(pi*-0.138436076509) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.332522105863) q[0];
ry(pi*-0.032368937638) q[1];
ry(pi*-0.141967350714) q[2];
ry(pi*-0.000446935088) q[3];
ry(pi*-0.065527706019) q[4];
ry(pi*-0.049547895043) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.134429468569) q[0];
ry(pi*-0.065926508432) q[1];
ry(pi*0.248841853519) q[2];
ry(pi*0.038121742729) q[3];
ry(pi*-0.261623357268) q[4];
ry(pi*0.098520726104) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011535468544) q[0];
ry(pi*-0.007587811303) q[1];
ry(pi*0.117298917757) q[2];
ry(pi*0.023283386801) q[3];
ry(pi*0.155409077624) q[4];
ry(pi*0.065605883225) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.053437469589) q[0];
ry(pi*-0.325136015186) q[1];
ry(pi*-0.044003123759) q[2];
ry(pi*-0.050065011511) q[3];
ry(pi*-0.178985012336) q[4];
ry(pi*-0.000860507934) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
