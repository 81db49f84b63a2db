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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014139826789) q[0];
ry(pi*-0.003058486377) q[1];
ry(pi*-0.040093030187) q[2];
ry(pi*-0.043726871066) q[3];
ry(pi*0.055345824443) q[4];
ry(pi*0.013594725518) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.026096708518) q[0];
ry(pi*0.020423750236) q[1];
ry(pi*-0.176605355457) q[2];
ry(pi*0.228513294302) q[3];
ry(pi*-0.021643387234) q[4];
ry(pi*0.001624000205) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.090371428192) q[0];
ry(pi*0.104747411143) q[1];
ry(pi*0.182268758589) q[2];
ry(pi*-0.002867288215) q[3];
ry(pi*0.006732784862) q[4];
ry(pi*0.026711698277) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002586229192) q[0];
ry(pi*-0.473165263139) q[1];
ry(pi*-0.05067563991) q[2];
ry(pi*0.463805361628) q[3];
ry(pi*0.428100092395) q[4];
ry(pi*0.012711574944) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.073524230624) q[0];
ry(pi*-0.009381748037) q[1];
ry(pi*-0.012520818195) q[2];
ry(pi*-0.017183814429) q[3];
ry(pi*-0.01302585258) q[4];
ry(pi*-0.001423416314) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
