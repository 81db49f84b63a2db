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
ry(pi*-0.074107633129) q[0];
ry(pi*-0.211355821161) q[1];
ry(pi*0.003024253907) q[2];
ry(pi*-0.087762941002) q[3];
ry(pi*-0.189272738128) q[4];
ry(pi*-0.260874654698) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.090231010886) q[0];
ry(pi*-0.090744707516) q[1];
ry(pi*-0.011129748192) q[2];
ry(pi*-0.07184814489) q[3];
ry(pi*-0.044514742874) q[4];
ry(pi*0.036883526667) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.02647459822) q[0];
ry(pi*0.038045761617) q[1];
ry(pi*-0.202326367997) q[2];
ry(pi*-0.058454689394) q[3];
ry(pi*-0.122680471236) q[4];
ry(pi*-0.008367035094) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.364269090744) q[0];
ry(pi*-0.338738412809) q[1];
ry(pi*-0.061918136027) q[2];
ry(pi*-0.262444327033) q[3];
ry(pi*0.065159359609) q[4];
ry(pi*-0.036413958277) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0451981033) q[0];
ry(pi*-0.195409549261) q[1];
ry(pi*-0.397935358781) q[2];
ry(pi*-0.539986635445) q[3];
ry(pi*0.012744713219) q[4];
ry(pi*0.002712448953) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
