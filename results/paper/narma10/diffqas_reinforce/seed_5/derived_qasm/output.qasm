// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
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
rz(pi*0.000732316489) q[0];
rz(pi*-0.00239182597) q[1];
rz(pi*0.002878783625) q[2];
rz(pi*0.001487289848) q[3];
rz(pi*-0.004056669313) q[4];
rz(pi*-0.001288967865) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000342652344) q[0];
rz(pi*0.00245884483) q[1];
rz(pi*0.001850405116) q[2];
rz(pi*0.002311907569) q[3];
rz(pi*0.000246479597) q[4];
rz(pi*0.002091371759) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000437708034) q[0];
rz(pi*0.003283751292) q[1];
rz(pi*0.002046686936) q[2];
rz(pi*-0.002610077046) q[3];
rz(pi*4.8186342e-05) q[4];
rz(pi*-0.00223491527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000173565623) q[0];
rz(pi*0.002012383171) q[1];
rz(pi*0.000515493335) q[2];
rz(pi*-0.000140862739) q[3];
rz(pi*-0.001712390827) q[4];
rz(pi*0.004921997956) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000249106693) q[0];
rz(pi*-0.002846207121) q[1];
rz(pi*-0.001290283358) q[2];
rz(pi*0.003232509755) q[3];
rz(pi*0.006667783043) q[4];
rz(pi*0.004274018739) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
