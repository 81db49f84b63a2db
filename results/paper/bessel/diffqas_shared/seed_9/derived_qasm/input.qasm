// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.102371624704) q[0];
ry(pi*-0.213140170136) q[1];
ry(pi*0.007896700086) q[2];
ry(pi*0.174101237352) q[3];
ry(pi*0.085009464075) q[4];
ry(pi*-0.092820838378) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.192345260781) q[0];
ry(pi*0.02579347895) q[1];
ry(pi*-0.529865926752) q[2];
ry(pi*0.048885371437) q[3];
ry(pi*-0.22691112165) q[4];
ry(pi*0.403766898404) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.234194436953) q[0];
ry(pi*-0.142998149583) q[1];
ry(pi*0.026780529034) q[2];
ry(pi*-0.119649366092) q[3];
ry(pi*0.006476138725) q[4];
ry(pi*0.009693078969) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0361175921) q[0];
ry(pi*-0.526861478318) q[1];
ry(pi*0.002844439395) q[2];
ry(pi*-0.098015273133) q[3];
ry(pi*-0.248264683562) q[4];
ry(pi*-0.151238677953) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005621863487) q[0];
ry(pi*-0.15485596511) q[1];
ry(pi*0.138450524256) q[2];
ry(pi*-0.085813813713) q[3];
ry(pi*-0.119343316699) q[4];
ry(pi*-0.001951517114) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
