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
rz(pi*0.004851418149) q[0];
rz(pi*-0.002938524065) q[1];
rz(pi*-0.001442895249) q[2];
rz(pi*-0.002491632554) q[3];
rz(pi*-0.00446011501) q[4];
rz(pi*0.001981747519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351342002) q[0];
rz(pi*-0.002177908388) q[1];
rz(pi*0.003000919206) q[2];
rz(pi*0.002754038402) q[3];
rz(pi*-0.001978082666) q[4];
rz(pi*-0.004163616617) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331861594) q[0];
rz(pi*-0.005086164398) q[1];
rz(pi*-0.003216257818) q[2];
rz(pi*-0.001234310714) q[3];
rz(pi*-0.000503365561) q[4];
rz(pi*-0.001767356212) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462615731) q[0];
rz(pi*0.004399208043) q[1];
rz(pi*0.001996183557) q[2];
rz(pi*0.004390209625) q[3];
rz(pi*0.002852168418) q[4];
rz(pi*0.000738442908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863771905) q[0];
rz(pi*-0.004252907407) q[1];
rz(pi*-6.5523584e-05) q[2];
rz(pi*-0.001300631954) q[3];
rz(pi*-0.00297474304) q[4];
rz(pi*0.001304133316) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
