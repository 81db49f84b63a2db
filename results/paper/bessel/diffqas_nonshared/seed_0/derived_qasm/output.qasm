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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.178244221403) q[0];
ry(pi*-0.158031187246) q[1];
ry(pi*-0.01542626446) q[2];
ry(pi*0.281963850344) q[3];
ry(pi*-0.10188634925) q[4];
ry(pi*0.159002041718) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.037964766957) q[0];
ry(pi*0.22247764586) q[1];
ry(pi*0.035651739996) q[2];
ry(pi*-0.086120640989) q[3];
ry(pi*-0.294456342227) q[4];
ry(pi*0.200688147124) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.262997287765) q[0];
ry(pi*0.45780185302) q[1];
ry(pi*-0.451985605432) q[2];
ry(pi*-0.340503599309) q[3];
ry(pi*-0.263848139608) q[4];
ry(pi*0.369276492152) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.142270971596) q[0];
ry(pi*-0.039158228678) q[1];
ry(pi*-0.038091073282) q[2];
ry(pi*-0.267247923186) q[3];
ry(pi*-0.176583631661) q[4];
ry(pi*-0.375394823828) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.077916601956) q[0];
ry(pi*-0.101173315446) q[1];
ry(pi*-0.016009723884) q[2];
ry(pi*-0.033589788892) q[3];
ry(pi*-0.184224640176) q[4];
ry(pi*0.003707866909) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
