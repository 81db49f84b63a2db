// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.026303643375) q[0];
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
ry(pi*0.207691633372) q[0];
ry(pi*-0.026802618055) q[1];
ry(pi*-0.04183448178) q[2];
ry(pi*0.020535438058) q[3];
ry(pi*0.001236999656) q[4];
ry(pi*-1.6079088e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.275258843363) q[0];
ry(pi*-0.312598956319) q[1];
ry(pi*0.039259398484) q[2];
ry(pi*-0.028561398881) q[3];
ry(pi*-0.003011029606) q[4];
ry(pi*0.000248714157) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.002758654412) q[0];
ry(pi*-0.010446492116) q[1];
ry(pi*-0.077375394842) q[2];
ry(pi*-0.035298038176) q[3];
ry(pi*-0.010769887344) q[4];
ry(pi*-3.985049e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.017914860485) q[0];
ry(pi*-0.197981362129) q[1];
ry(pi*-0.391279984509) q[2];
ry(pi*-0.469069805821) q[3];
ry(pi*0.15550054524) q[4];
ry(pi*0.004185780344) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.035078848393) q[0];
ry(pi*-0.012311517957) q[1];
ry(pi*0.027186339506) q[2];
ry(pi*-0.001071688697) q[3];
ry(pi*0.19729432099) q[4];
ry(pi*0.000700978772) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
