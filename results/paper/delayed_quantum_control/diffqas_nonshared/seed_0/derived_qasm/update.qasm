// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rz(pi*-0.001388916893) q[0];
rz(pi*-0.003723828622) q[1];
rz(pi*0.005536284537) q[2];
rz(pi*-0.001578633994) q[3];
rz(pi*0.001047298193) q[4];
rz(pi*-0.000823096344) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00504062684) q[0];
rz(pi*0.00420304169) q[1];
rz(pi*0.002016304897) q[2];
rz(pi*-0.007014300714) q[3];
rz(pi*0.000165874842) q[4];
rz(pi*0.0021762502) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003196043837) q[0];
rz(pi*-0.001967263605) q[1];
rz(pi*0.005799791694) q[2];
rz(pi*-0.00420304258) q[3];
rz(pi*-0.002105569896) q[4];
rz(pi*0.002976428947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000156317561) q[0];
rz(pi*0.006373953878) q[1];
rz(pi*0.000600021743) q[2];
rz(pi*-0.002015583933) q[3];
rz(pi*-0.001202013168) q[4];
rz(pi*-0.003473305939) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004066861236) q[0];
rz(pi*0.002006603894) q[1];
rz(pi*0.001849871656) q[2];
rz(pi*0.00412074295) q[3];
rz(pi*-0.002401885529) q[4];
rz(pi*0.005376552974) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
