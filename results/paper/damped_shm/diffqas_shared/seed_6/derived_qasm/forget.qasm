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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.076858245171) q[0];
ry(pi*-0.037289863633) q[1];
ry(pi*-0.059270825852) q[2];
ry(pi*0.06298429061) q[3];
ry(pi*-0.00545693102) q[4];
ry(pi*0.000236948775) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.126560388653) q[0];
ry(pi*-0.236993676148) q[1];
ry(pi*0.017436521942) q[2];
ry(pi*0.017978408518) q[3];
ry(pi*0.007168069498) q[4];
ry(pi*-0.002492748389) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.011544039483) q[0];
ry(pi*-0.099882257911) q[1];
ry(pi*-0.019191388453) q[2];
ry(pi*0.099539278064) q[3];
ry(pi*0.068503813911) q[4];
ry(pi*0.002008631014) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.101798163918) q[0];
ry(pi*-0.303573392567) q[1];
ry(pi*-0.323046091136) q[2];
ry(pi*0.286015252941) q[3];
ry(pi*-0.109116474455) q[4];
ry(pi*0.015786259304) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.185547268364) q[0];
ry(pi*0.029957596269) q[1];
ry(pi*-0.314711970202) q[2];
ry(pi*0.10984122393) q[3];
ry(pi*0.36245685183) q[4];
ry(pi*-0.003299502527) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
