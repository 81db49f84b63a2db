// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.083452778585) q[0];
rx(pi*0.040998499827) q[1];
rx(pi*0.183066543657) q[2];
rx(pi*0.099737087932) q[3];
rx(pi*0.268839148562) q[4];
rx(pi*0.170048184126) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.222667790737) q[0];
rx(pi*0.092800575483) q[1];
rx(pi*0.169313028099) q[2];
rx(pi*0.237623931854) q[3];
rx(pi*0.168448572795) q[4];
rx(pi*-0.12747061571) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.096579519937) q[0];
rx(pi*0.090283631802) q[1];
rx(pi*-0.081772333863) q[2];
rx(pi*-0.086804902621) q[3];
rx(pi*-0.057391143563) q[4];
rx(pi*0.136514744295) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.118515621094) q[0];
rx(pi*0.177888691084) q[1];
rx(pi*0.155402550998) q[2];
rx(pi*0.247169424783) q[3];
rx(pi*0.270150582828) q[4];
rx(pi*0.331535181474) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.250133594073) q[0];
rx(pi*-0.004835176884) q[1];
rx(pi*-0.054443769897) q[2];
rx(pi*0.028036034011) q[3];
rx(pi*0.101854939866) q[4];
rx(pi*-0.002867127243) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
