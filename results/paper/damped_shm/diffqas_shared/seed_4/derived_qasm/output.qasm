// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.040403021168) q[0];
ry(pi*-0.07639220334) q[1];
ry(pi*-0.045569627645) q[2];
ry(pi*0.029489460321) q[3];
ry(pi*-0.308818807095) q[4];
ry(pi*0.304873557021) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.092829613274) q[0];
ry(pi*0.176005740739) q[1];
ry(pi*-0.052385620457) q[2];
ry(pi*-0.034315560524) q[3];
ry(pi*-0.057879895773) q[4];
ry(pi*0.039832728832) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.063708968938) q[0];
ry(pi*0.153499271354) q[1];
ry(pi*-0.316185621461) q[2];
ry(pi*-0.035618976432) q[3];
ry(pi*-0.322411832181) q[4];
ry(pi*-0.015465904459) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.347328627892) q[0];
ry(pi*-0.110200586744) q[1];
ry(pi*-0.019076957883) q[2];
ry(pi*-0.064357604493) q[3];
ry(pi*-0.044623983212) q[4];
ry(pi*0.018182306266) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.080815889193) q[0];
ry(pi*-0.034851946189) q[1];
ry(pi*-0.231286787478) q[2];
ry(pi*-0.343190102437) q[3];
ry(pi*-0.08964656488) q[4];
ry(pi*0.006891148608) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
