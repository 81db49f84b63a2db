// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.061564227877) q[0];
ry(pi*-0.186545652293) q[1];
ry(pi*-0.109114937662) q[2];
ry(pi*-0.029277437494) q[3];
ry(pi*-0.190106400662) q[4];
ry(pi*-0.003438103785) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003913361628) q[0];
ry(pi*-0.124445686195) q[1];
ry(pi*-0.032870648234) q[2];
ry(pi*0.003200804515) q[3];
ry(pi*0.011842352738) q[4];
ry(pi*-0.000934799878) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.095602129354) q[0];
ry(pi*-0.008671449273) q[1];
ry(pi*-0.001678743845) q[2];
ry(pi*-0.006375213194) q[3];
ry(pi*-1.1305534e-05) q[4];
ry(pi*0.001560680438) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.014325101599) q[0];
ry(pi*0.014890078009) q[1];
ry(pi*0.058030790779) q[2];
ry(pi*-0.007357347558) q[3];
ry(pi*-0.000804000718) q[4];
ry(pi*0.10015689792) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.108385843427) q[0];
ry(pi*-0.312052408376) q[1];
ry(pi*-0.432894240119) q[2];
ry(pi*-0.069380919293) q[3];
ry(pi*-0.241941844638) q[4];
ry(pi*-0.003540605536) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
