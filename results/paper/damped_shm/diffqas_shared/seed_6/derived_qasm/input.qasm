// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.201337603251) q[0];
ry(pi*-0.373081969994) q[1];
ry(pi*-0.249828664072) q[2];
ry(pi*-0.154293887973) q[3];
ry(pi*-0.023208783586) q[4];
ry(pi*-0.005244761154) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.262206503641) q[0];
ry(pi*-0.054781290336) q[1];
ry(pi*-0.020192121446) q[2];
ry(pi*0.145797161105) q[3];
ry(pi*0.201966796483) q[4];
ry(pi*-0.015326487966) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.101431525055) q[0];
ry(pi*-0.170329151547) q[1];
ry(pi*-0.085231511627) q[2];
ry(pi*0.065707719449) q[3];
ry(pi*0.071512042665) q[4];
ry(pi*0.002803445216) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.312724119535) q[0];
ry(pi*-0.069481190265) q[1];
ry(pi*0.057310068269) q[2];
ry(pi*-0.202209040525) q[3];
ry(pi*-0.023406085932) q[4];
ry(pi*0.005167054115) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.218793631549) q[0];
ry(pi*-0.194924643775) q[1];
ry(pi*-0.433189835528) q[2];
ry(pi*-0.35673387427) q[3];
ry(pi*0.052561972147) q[4];
ry(pi*0.000929249163) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
