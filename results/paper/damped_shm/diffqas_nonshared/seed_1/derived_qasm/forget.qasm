// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*0.065579738779) q[0];
rx(pi*0.042604116033) q[1];
rx(pi*6.8794535e-05) q[2];
rx(pi*-0.024906365443) q[3];
rx(pi*-0.022931762497) q[4];
rx(pi*0.003787010243) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.022780699108) q[0];
rx(pi*0.002138172488) q[1];
rx(pi*0.018539190765) q[2];
rx(pi*-0.0348819089) q[3];
rx(pi*-0.018178705001) q[4];
rx(pi*-0.005344859592) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.053549223816) q[0];
rx(pi*0.068652479618) q[1];
rx(pi*-0.01906072314) q[2];
rx(pi*-0.026314930691) q[3];
rx(pi*-0.021409873027) q[4];
rx(pi*0.003241777942) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000200294167) q[0];
rx(pi*0.045966200761) q[1];
rx(pi*0.02018145639) q[2];
rx(pi*-0.029329375391) q[3];
rx(pi*-0.024943817647) q[4];
rx(pi*0.003152036549) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.009081732571) q[0];
rx(pi*0.047129026238) q[1];
rx(pi*0.002103716792) q[2];
rx(pi*-0.021117502985) q[3];
rx(pi*-0.021210896335) q[4];
rx(pi*-0.002392918089) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
