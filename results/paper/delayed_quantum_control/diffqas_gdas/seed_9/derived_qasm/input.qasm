// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.117010645829) q[0];
rx(pi*-0.030879517654) q[1];
rx(pi*-0.112606274234) q[2];
rx(pi*-0.056336367884) q[3];
rx(pi*-0.075279845372) q[4];
rx(pi*0.224712123274) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.062893852265) q[0];
rx(pi*-0.058990873473) q[1];
rx(pi*-0.022641168778) q[2];
rx(pi*0.114396466815) q[3];
rx(pi*-0.172728198575) q[4];
rx(pi*-0.153465974182) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.027942218517) q[0];
rx(pi*-0.032647097092) q[1];
rx(pi*0.079533777308) q[2];
rx(pi*0.016672695721) q[3];
rx(pi*0.101668181624) q[4];
rx(pi*-0.013908535951) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.118457611918) q[0];
rx(pi*-0.051428336242) q[1];
rx(pi*-0.028365751907) q[2];
rx(pi*-0.126493301018) q[3];
rx(pi*-0.113115882237) q[4];
rx(pi*0.084817431409) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.197485186831) q[0];
rx(pi*-0.006062960898) q[1];
rx(pi*-0.008298277264) q[2];
rx(pi*0.012797296189) q[3];
rx(pi*-0.22050102706) q[4];
rx(pi*-0.00386017657) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
